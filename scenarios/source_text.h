#pragma once
// Reading the text of a scenario file (internal to scenarios/).
#include <string>

namespace mvzsim::scenarios {

// The bytes of the scenario file `path`; throws InputError (naming `path`) when it cannot be read.
std::string read_scenario_file(const std::string& path);

// The text of a file's bytes as UTF-8 without a byte order mark: UTF-16 and UTF-32 with a byte
// order mark (as Windows editors save "Unicode" text) are converted; other bytes are kept as they
// are. Code units that encode no character become U+FFFD.
std::string to_utf8(const std::string& bytes);

}  // namespace mvzsim::scenarios
