#pragma once
#include <string>
#include <string_view>
namespace mvzsim::cli {
// SHA-256 of `data` as 64 lower-case hex digits (FIPS 180-4). Used to print the scenario file's hash in reports.
std::string sha256_hex(std::string_view data);
}  // namespace mvzsim::cli
