"""Reports for coordinators: the figures of a period, the 台账 ledger, the 周报 chart."""
