// SPDX-License-Identifier: LGPL-3.0-or-later
// The reader of the scenario embedded in a figure (SVG <metadata>, PNG tEXt/iTXt/zTXt): any file, however
// broken, yields a scenario or nothing; what it yields goes through the scenario loader like an opened file.
#include "FuzzTarget.h"

#include "app/render/EmbeddedScenario.h"
#include "core/protocol/Scenario.h"

#include <QByteArray>

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace embedded = keyladder::render::embedded;
    const QByteArray figure = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    embedded::looksLikeFigure(figure);
    for (const auto& found : {embedded::fromSvg(figure), embedded::fromPng(figure)}) {
        if (!found)
            continue;
        try {
            keyladder::loadScenario(std::string_view(found->constData(), std::size_t(found->size())));
        } catch (const keyladder::ScenarioError& e) {
            KEYLADDER_FUZZ_ASSERT(e.what()[0] != '\0');
        }
    }
    return 0;
}
