// Filled by the trie work.
