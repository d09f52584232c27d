"""The TCG-style engine: IR definition, IR builder, translator loop, TB cache, executor."""
