#include "data/synthetic_catalog.h"

#include <algorithm>
#include <set>

#include "common/error.h"
#include "data/bigrec_layout_writer.h"
#include "data/interaction_import.h"
#include "data/splitmix64.h"

namespace msl {
namespace {

struct GenreVocabulary {
  const char* name;
  const char* subtitle;  // "A Novel", "A Cookbook": a shared suffix within the genre
  std::vector<const char*> adjectives;
  std::vector<const char*> nouns;
};

const std::vector<GenreVocabulary>& vocabularies() {
  static const std::vector<GenreVocabulary> genres = {
      {"Fantasy",
       "A Novel",
       {"Dragon", "Shadow", "Silver", "Crimson", "Forgotten", "Enchanted", "Broken"},
       {"Archive", "Crown", "Blade", "Throne", "Prophecy", "Gate", "Oath"}},
      {"Mystery",
       "A Mystery",
       {"Silent", "Hidden", "Midnight", "Locked", "Missing", "Final", "Quiet"},
       {"Witness", "Room", "Clue", "Alibi", "Letter", "Inspector", "Key"}},
      {"Romance",
       "A Love Story",
       {"Summer", "Sweet", "Secret", "Wild", "Second", "Tender", "Golden"},
       {"Heart", "Promise", "Kiss", "Harbor", "Wedding", "Affair", "Season"}},
      {"Science Fiction",
       "A Novel",
       {"Quantum", "Stellar", "Distant", "Iron", "Neon", "Last", "Hollow"},
       {"Colony", "Signal", "Horizon", "Machine", "Orbit", "Frontier", "Station"}},
      {"History",
       "A History",
       {"Great", "Forgotten", "Bloody", "Golden", "Lost", "Imperial", "Long"},
       {"Empire", "War", "Revolution", "Century", "Dynasty", "Voyage", "Republic"}},
      {"Cooking",
       "A Cookbook",
       {"Simple", "Rustic", "Italian", "Everyday", "Slow", "Vegan", "Family"},
       {"Kitchen", "Table", "Bread", "Feast", "Soups", "Baking", "Suppers"}},
      {"Thriller",
       "A Thriller",
       {"Dark", "Deadly", "Cold", "Burning", "Rogue", "Black", "Zero"},
       {"Target", "Protocol", "Conspiracy", "Agent", "Deception", "Hunt", "Exit"}},
      {"Self-Help",
       "A Practical Guide",
       {"Better", "Mindful", "Fearless", "Daily", "Deep", "Small", "Open"},
       {"Habits", "Focus", "Life", "Mind", "Work", "Calm", "Change"}},
      {"Horror",
       "A Novel",
       {"Hollow", "Pale", "Rotten", "Whispering", "Cursed", "Endless", "Red"},
       {"House", "Night", "Woods", "Grave", "Doll", "Hunger", "Well"}},
      {"Travel",
       "A Journey",
       {"Northern", "Winding", "Southern", "Lonely", "High", "Eastern", "Open"},
       {"Road", "Coast", "Islands", "Mountains", "Rivers", "Desert", "Trail"}},
  };
  return genres;
}

// Imprint prefixes shared across genres, as real catalogs have them.
const std::vector<const char*> kImprints = {"Everyman's Library", "Penguin Classics",
                                            "Vintage Editions"};

template <typename T>
const T& pick(const std::vector<T>& values, SplitMix64& rng) {
  return values[rng.below(values.size())];
}

struct DraftItem {
  std::size_t genre = 0;
  int series = -1;
  std::size_t position = 0;
  std::string title;
  double popularity = 1.0;
};

std::string standaloneTitle(const GenreVocabulary& genre, SplitMix64& rng) {
  const std::string adjective = pick(genre.adjectives, rng);
  const std::string noun = pick(genre.nouns, rng);
  switch (rng.below(5)) {
    case 0:
      return "The " + adjective + " " + noun;
    case 1:
      return adjective + " " + noun + ": " + genre.subtitle;
    case 2:
      return std::string(pick(genre.nouns, rng)) + " of the " + adjective + " " + noun;
    case 3:
      return std::string(pick(kImprints, rng)) + ": The " + adjective + " " + noun;
    default:
      return "The " + adjective + " " + noun + " (" + genre.subtitle + ")";
  }
}

// Cumulative-weight sampling; weights are positive.
std::size_t sampleWeighted(const std::vector<double>& cumulative, SplitMix64& rng) {
  const double r = rng.uniform() * cumulative.back();
  const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
  return std::min(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
}

std::vector<double> cumulativeOf(const std::vector<double>& weights) {
  std::vector<double> cumulative(weights.size());
  double sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) cumulative[i] = sum += weights[i];
  return cumulative;
}

void checkOptions(const SyntheticOptions& options) {
  const std::size_t minimumItems = 2 * vocabularies().size();
  if (options.items < minimumItems)
    throw Error("synthetic data needs at least " + std::to_string(minimumItems) + " items (got " +
                std::to_string(options.items) + ")");
  if (options.users == 0) throw Error("synthetic data needs at least one user");
  if (options.minInteractionsPerUser < 1 ||
      options.minInteractionsPerUser > options.maxInteractionsPerUser)
    throw Error("interactions per user: expected 1 <= min <= max (got " +
                std::to_string(options.minInteractionsPerUser) + ".." +
                std::to_string(options.maxInteractionsPerUser) + ")");
}

}  // namespace

SyntheticData generateSyntheticData(const SyntheticOptions& options) {
  checkOptions(options);
  SplitMix64 rng(options.seed);
  const auto& genres = vocabularies();
  SyntheticData data;
  for (const auto& genre : genres) data.genres.emplace_back(genre.name);

  // Items: about 40% in series of 3..7 books, the rest standalone; genres in turn.
  std::vector<DraftItem> drafts;
  std::set<std::string> titles;
  const auto uniqueTitle = [&titles](std::string title) {
    for (int edition = 2; titles.count(title); ++edition)
      title += edition == 2 ? " (2nd Edition)" : " (Edition " + std::to_string(edition) + ")";
    titles.insert(title);
    return title;
  };
  std::vector<std::size_t> perGenre(genres.size(), options.items / genres.size());
  for (std::size_t g = 0; g < options.items % genres.size(); ++g) ++perGenre[g];
  for (std::size_t g = 0; g < genres.size(); ++g) {
    std::size_t inSeries = perGenre[g] * 2 / 5;
    std::size_t made = 0;
    while (inSeries >= 3) {
      const std::size_t length = std::min<std::size_t>(inSeries, rng.between(3, 7));
      const std::string seriesName =
          uniqueTitle(std::string("The ") + pick(genres[g].adjectives, rng) + " " +
                      pick(genres[g].nouns, rng) + " Saga");
      const std::string stem = seriesName.substr(0, seriesName.size() - 5);  // without " Saga"
      const int series = static_cast<int>(data.seriesNames.size());
      data.seriesNames.push_back(stem);
      const double seriesPopularity = 1.0 / static_cast<double>(1 + rng.below(20));
      for (std::size_t k = 1; k <= length; ++k)
        drafts.push_back({g, series, k, uniqueTitle(stem + ", Book " + std::to_string(k)),
                          seriesPopularity / static_cast<double>(k)});
      inSeries -= length;
      made += length;
    }
    for (; made < perGenre[g]; ++made) {
      // Zipf-like: weight 1/rank with a random rank within the genre.
      const double popularity = 1.0 / static_cast<double>(1 + rng.below(perGenre[g]));
      drafts.push_back({g, -1, 0, uniqueTitle(standaloneTitle(genres[g], rng)), popularity});
    }
  }

  // Ids 1..N in shuffled order so that ids carry no genre information.
  for (std::size_t i = drafts.size(); i > 1; --i) std::swap(drafts[i - 1], drafts[rng.below(i)]);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    data.catalog.add(static_cast<ItemId>(i + 1), drafts[i].title);
    data.itemInfo.push_back({drafts[i].genre, drafts[i].series, drafts[i].position});
  }

  // Entry points per genre (standalone books and first books of series), popularity-weighted;
  // and each series' books in order.
  std::vector<std::vector<ItemId>> entries(genres.size());
  std::vector<std::vector<double>> entryWeights(genres.size());
  std::vector<std::vector<ItemId>> seriesBooks(data.seriesNames.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const ItemId id = static_cast<ItemId>(i + 1);
    if (drafts[i].series >= 0) {
      auto& books = seriesBooks[static_cast<std::size_t>(drafts[i].series)];
      if (books.size() < drafts[i].position) books.resize(drafts[i].position);
      books[drafts[i].position - 1] = id;
    }
    if (drafts[i].position <= 1) {
      entries[drafts[i].genre].push_back(id);
      entryWeights[drafts[i].genre].push_back(drafts[i].popularity);
    }
  }
  std::vector<std::vector<double>> entryCumulative;
  for (const auto& weights : entryWeights) entryCumulative.push_back(cumulativeOf(weights));

  const std::int64_t epoch = 1420070400;  // 2015-01-01, whole days as in the Amazon data
  const std::int64_t day = 86400;
  for (std::size_t u = 0; u < options.users; ++u) {
    const std::string user = std::to_string(u + 1);
    // Two or three favourite genres with falling weights; 10% of picks go anywhere.
    std::vector<std::size_t> favourites;
    const std::size_t favouriteCount = 2 + rng.below(2);
    while (favourites.size() < favouriteCount) {
      const std::size_t g = rng.below(genres.size());
      if (std::find(favourites.begin(), favourites.end(), g) == favourites.end())
        favourites.push_back(g);
    }
    const std::vector<double> favouriteCumulative = cumulativeOf(
        favouriteCount == 2 ? std::vector<double>{0.65, 0.35} : std::vector<double>{0.5, 0.3, 0.2});

    const std::size_t length =
        rng.between(options.minInteractionsPerUser, options.maxInteractionsPerUser);
    std::int64_t today = static_cast<std::int64_t>(rng.below(1000));
    std::set<ItemId> read;
    int activeSeries = -1;
    std::size_t nextPosition = 0;
    for (std::size_t step = 0; step < length; ++step) {
      ItemId item = 0;
      if (activeSeries >= 0 && rng.uniform() < 0.6) {
        item = seriesBooks[static_cast<std::size_t>(activeSeries)][nextPosition - 1];
      } else {
        const std::size_t genre = rng.uniform() < 0.9
                                      ? favourites[sampleWeighted(favouriteCumulative, rng)]
                                      : rng.below(genres.size());
        for (int attempt = 0; attempt < 8 && (item == 0 || read.count(item)); ++attempt)
          item = entries[genre][sampleWeighted(entryCumulative[genre], rng)];
        const SyntheticItemInfo& info = data.info(item);
        if (info.series >= 0 && info.series != activeSeries) {
          activeSeries = info.series;
          nextPosition = 1;
        }
        if (info.series >= 0 && info.series == activeSeries && info.position != nextPosition)
          item = seriesBooks[static_cast<std::size_t>(activeSeries)][nextPosition - 1];
      }
      const SyntheticItemInfo& info = data.info(item);
      if (info.series >= 0 && info.series == activeSeries) {
        ++nextPosition;
        if (nextPosition > seriesBooks[static_cast<std::size_t>(activeSeries)].size())
          activeSeries = -1;
      }
      read.insert(item);
      today += 1 + static_cast<std::int64_t>(rng.below(30));
      data.interactions.push_back({user, item, epoch + today * day});
    }
  }
  return data;
}

Dataset syntheticDataset(const SyntheticData& data, const SyntheticOptions& options) {
  ImportOptions import;
  import.name = "synthetic_books_seed" + std::to_string(options.seed);
  import.domain = "books";
  return datasetFromInteractions(data.catalog, data.interactions, import);
}

Dataset writeSyntheticDataset(const SyntheticOptions& options, const std::filesystem::path& dir) {
  Dataset dataset = syntheticDataset(generateSyntheticData(options), options);
  writeBigRecDataset(dataset, dir);
  dataset.root = dir;
  return dataset;
}

}  // namespace msl
