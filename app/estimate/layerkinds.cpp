#include "estimate/layerkinds.h"

#include <iterator>

namespace stagecraft {

const LayerKind &layerKindOf(const std::string &holds)
{
    for (const LayerKind &kind : LayerKinds) {
        if (holds == kind.holds)
            return kind;
    }
    return LayerKinds[std::size(LayerKinds) - 1];
}

} // namespace stagecraft
