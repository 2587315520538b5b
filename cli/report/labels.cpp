#include "cli/report/labels.h"

#include <iterator>

namespace mvzsim::cli::report {
namespace {

// A plain array: deducing a std::array of hundreds of entries exceeds clang's limit of 256 nested
// expressions (libstdc++'s deduction guide folds over every element).
#define MVZSIM_LABEL_TEXT(name, de, en) LabelText{#name, de, en},
constexpr LabelText kTexts[] = {MVZSIM_REPORT_LABELS(MVZSIM_LABEL_TEXT)};
#undef MVZSIM_LABEL_TEXT
static_assert(std::size(kTexts) == static_cast<std::size_t>(Label::count_));

}  // namespace

std::string_view text(Label label, Lang lang) {
    const LabelText& t = kTexts[static_cast<std::size_t>(label)];
    return lang == Lang::de ? t.de : t.en;
}

std::span<const LabelText> label_texts() {
    return kTexts;
}

}  // namespace mvzsim::cli::report
