#pragma once

#include "labelconfig/labelinterface.h"
#include "labelconfig/pyrepr.h"

#include <optional>

namespace lsdesk {

// LabelInterface.generate_sample_task(mode, secure_mode): {value_name: example} for every object tag,
// the examples taken from the SDK's data_examples.json (shipped as the Qt resource
// :/lsdesk/labelconfig/data_examples.json) with <HOSTNAME> replaced by http://localhost:8080.
// Differences: TimeSeries value columns hold a deterministic wave where the SDK draws random numbers;
// where the SDK raises (an object without a value, a TimeSeries with a timeFormat, Paragraphs or a
// <Channel> without column as URLs in upload mode, ...) this returns nullopt and sets `error`.
enum class SampleMode { Upload, EditorPreview };

std::optional<PyValue> generateSampleTask(const LabelInterface &config, SampleMode mode = SampleMode::Upload,
    bool secureMode = false, QString *error = nullptr);

} // namespace lsdesk
