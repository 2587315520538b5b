#include "scenarios/source_map.h"

#include <algorithm>

namespace mvzsim::scenarios {

std::string SourceMap::add(std::string source, const std::string& text) {
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 2;
    const int first = next_line_;
    entries_.push_back({std::move(source), first, lines});
    next_line_ += lines;
    std::string shifted(static_cast<std::size_t>(first), '\n');
    return shifted += text;
}

Location SourceMap::locate(const YAML::Mark& mark) const {
    if (has_position(mark)) {
        for (const auto& e : entries_)
            if (mark.line >= e.first_line && mark.line < e.first_line + e.lines)
                return {e.source, mark.line - e.first_line + 1, mark.column + 1};
    }
    return {entries_.empty() ? std::string{} : entries_.front().source, 0, 0};
}

}  // namespace mvzsim::scenarios
