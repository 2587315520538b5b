#pragma once
#include <string>

namespace mvzsim::cli {

// Writes `content` to `path` through a temporary file in the same folder that is renamed over
// `path` only when complete, so a reader never sees a half-written file. Throws
// std::runtime_error on failure (and leaves no temporary file behind).
void write_file_atomically(const std::string& path, const std::string& content);

// Checks before any work is done that `path` can be written: its folder exists and is writable,
// and it is not a folder or a device. Returns an explanation when it cannot, else an empty string.
std::string check_output_path(const std::string& path);

}  // namespace mvzsim::cli
