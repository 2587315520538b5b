#pragma once
// A first pass over a YAML text that checks its shape against limits.h before yaml-cpp builds
// its nodes, and finds where its documents start (internal to scenarios/).
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace mvzsim::scenarios {

// One document of the text: where it starts and whether it holds anything.
struct DocumentShape {
    YAML::Mark start;   // the mark of its first value
    bool empty = true;  // nothing but an empty value (a trailing '---', or no text at all)
};

// A text that breaks a limit, or on which yaml-cpp's parser stopped advancing.
struct ShapeError {
    YAML::Mark at;
    std::string message;
};

// The documents of `text` (as handed to yaml-cpp), reading on until the second document that is
// not empty. Throws ShapeError, and YAML::Exception for syntax errors.
//
// yaml-cpp 0.7's YAML::LoadAll never returns on some invalid input such as a lone ',': its parser
// then reports an empty document at the same place again and again (yaml-cpp issue 1040, fixed
// after 0.7.0). This pass stops as soon as a document starts where the one before it did.
std::vector<DocumentShape> document_shapes(const std::string& text);

}  // namespace mvzsim::scenarios
