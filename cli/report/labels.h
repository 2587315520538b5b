#pragma once
// The translation table of the reports: every word and sentence a report prints, in German and
// English, in one place. Sentences hold {} where a number or name goes, in the same order in both
// languages (a test checks that each entry has both texts with the same placeholders). Output
// titles come from models/projection/outputs.h, input names from cli/report/input_labels.cpp.
#include <span>
#include <string_view>

#include "cli/report/labels_table.h"
#include "cli/report/lang.h"

namespace mvzsim::cli::report {

#define MVZSIM_LABEL_ENUM(name, de, en) name,
enum class Label { MVZSIM_REPORT_LABELS(MVZSIM_LABEL_ENUM) count_ };
#undef MVZSIM_LABEL_ENUM

struct LabelText {
    std::string_view name, de, en;
};

std::string_view text(Label label, Lang lang);
// Every entry, for the completeness test.
std::span<const LabelText> label_texts();

}  // namespace mvzsim::cli::report
