#include "models/calendar.h"

#include <cstdio>

namespace mvzsim::models {

std::string to_string(const YearMonth& ym) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", ym.year, ym.month);
    return buffer;
}

int months_between(const YearMonth& from, const YearMonth& to) {
    return (to.year - from.year) * 12 + (to.month - from.month);
}

}  // namespace mvzsim::models
