// Filled by the tokenizer work; present so the module library links from the first commit.
#include "tokenizer/tokenizer.h"
