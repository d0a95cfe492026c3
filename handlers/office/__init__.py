"""The back office's decisions and words, with no HTTP: who sees what, how a desk action is said in the
chat, a ticket as the desk shows it, the dashboard's groupings, the 物业考核 score and the workbooks."""
