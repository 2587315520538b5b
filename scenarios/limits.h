#pragma once
// Bounds on what a scenario text may hold, so that any input costs bounded time and memory
// (internal to scenarios/; documented in docs/scenario-reference.md, "Limits"). The largest
// example holds 14 KB, 6 levels of nesting and lists of a few entries: the limits leave room for
// centres a hundred times larger.
#include <cstddef>

namespace mvzsim::scenarios {

inline constexpr std::size_t kMaxTextBytes = 1u << 20;  // one file or --set value: 1 MiB
inline constexpr int kMaxDepth = 32;                    // mappings and lists inside each other
inline constexpr std::size_t kMaxNodes = 100'000;       // values, keys and collections of a text
inline constexpr std::size_t kMaxListEntries = 10'000;  // entries of one list
inline constexpr std::size_t kMaxMapEntries = 1'000;    // keys of one mapping

}  // namespace mvzsim::scenarios
