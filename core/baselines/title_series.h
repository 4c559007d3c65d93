#pragma once
// The series a book title names, as the catalog writes them: "Freed (Rosewood Bay) (Volume 3)"
// is in "rosewood bay", "Glass River, Book 2" in "glass river". Parenthesised groups that only
// number the book ("(Volume 3)") name no series; a number marker ending a group or the title
// ("Book 2", "Volume 3", "Vol. 3", "Part 1", "No. 4", "#4") is dropped. Keys are lower-case.
// Imprints written in parentheses ("(Penguin Classics)") count too: for a title-only
// recommender they are the same kind of evidence.
#include <string>
#include <vector>

namespace msl {

std::vector<std::string> seriesOfTitle(const std::string& title);

}  // namespace msl
