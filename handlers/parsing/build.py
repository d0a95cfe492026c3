"""A parser for a deployment: the shipped taxonomy plus the config's, its communities, its cache folder."""

from __future__ import annotations

from handlers.parsing.parser import Parser
from handlers.parsing.taxonomy import load
from handlers.settings import Settings


def parser_for(config: Settings) -> Parser:
    entries = [entry.model_dump(exclude_none=True) for entry in config.taxonomy.categories]
    taxonomy = load(config.taxonomy.file, entries)
    communities = [*config.communities, *(g.community for g in config.groups if g.community)]
    return Parser(taxonomy, communities, cache_dir=config.cache_dir, aliases=config.community_aliases)
