#pragma once
// Where each piece of a scenario's text came from (internal to scenarios/). A scenario can be
// built from several texts: the files of an `extends` chain and the values of --set. yaml-cpp's
// marks hold a line and a column but no file, so each text is parsed after as many blank lines as
// the texts before it have lines: its global line numbers follow theirs, and this map turns a
// global line back into the text's name and its own line. Global line 0 holds no text: nodes that
// a merge builds (which yaml-cpp gives the mark 0:0) are thereby known to have no position.
#include <yaml-cpp/mark.h>

#include <string>
#include <vector>

namespace mvzsim::scenarios {

struct Location {
    std::string source;  // a file path, or "--set 'KEY=VALUE'"
    int line = 0;        // 1-based within the source; 0: no position
    int column = 0;      // 1-based
};

class SourceMap {
public:
    // Registers a text named `source` and returns what to hand to the YAML parser: `text` after
    // the blank lines that move it to its own global lines.
    std::string add(std::string source, const std::string& text);
    // The source and position of a mark; a mark without position (a null mark, or a node built by
    // a merge) lies in the first source, without line.
    Location locate(const YAML::Mark& mark) const;
    // Whether a mark points into some source's text.
    static bool has_position(const YAML::Mark& mark) { return mark.line > 0; }
    const std::string& first_source() const { return entries_.front().source; }
    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        std::string source;
        int first_line;  // global line (0-based, as yaml-cpp counts) of the text's first line
        int lines;       // lines it occupies, one more than it has (for marks at its very end)
    };
    std::vector<Entry> entries_;
    int next_line_ = 1;
};

}  // namespace mvzsim::scenarios
