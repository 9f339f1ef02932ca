"""Recovering the columns of competitor tables whose cell separators were lost."""

from __future__ import annotations

from factcheck.extract.tables import parse_table, split_row
from factcheck.gazetteer import load_gazetteer

GAZ = load_gazetteer()


def test_split_row_at_case_joints() -> None:
    assert split_row("Hardware FocusDisaggregated GPU clustersNVIDIA-heavy + Maia chipsCustom "
                     "TPU v5p/v6", 4, GAZ.words) == [
        "Hardware Focus", "Disaggregated GPU clusters", "NVIDIA-heavy + Maia chips",
        "Custom TPU v5p/v6"]


def test_camelcase_words_are_not_cut() -> None:
    assert split_row("Software StackPyTorch-nativeJAX/TensorFlowONNX/DeepSpeed", 4,
                     GAZ.words) == ["Software Stack", "PyTorch-native", "JAX/TensorFlow",
                                    "ONNX/DeepSpeed"]


def test_parenthesis_and_digit_joints() -> None:
    assert split_row("Primary HardwareMTIA (Custom ASIC)TPU v5p/v6Maia 100 (Custom ASIC)", 4,
                     GAZ.words) == ["Primary Hardware", "MTIA (Custom ASIC)", "TPU v5p/v6",
                                    "Maia 100 (Custom ASIC)"]


def test_acronym_then_word() -> None:
    assert split_row("Business ModelAds/Internal AIExternal CloudExternal Cloud", 4,
                     GAZ.words) == ["Business Model", "Ads/Internal AI", "External Cloud",
                                    "External Cloud"]


def test_parse_table_companies_from_header() -> None:
    rows = [
        (10, "FeatureAmazon (AWS)Oracle (OCI)Microsoft (Azure)"),
        (11, "Custom SiliconTrainium 2NoneMaia 100"),
        (12, "Ragged row without joints"),
    ]
    cells = parse_table(rows, GAZ)
    assert [(c.line, c.company, c.feature, c.text) for c in cells] == [
        (11, "Amazon", "Custom Silicon", "Trainium 2"),
        (11, "Oracle", "Custom Silicon", "None"),
        (11, "Microsoft", "Custom Silicon", "Maia 100"),
    ]


def test_pipe_table() -> None:
    rows = [(1, "| Feature | Nvidia | AMD |"), (2, "|---|---|---|"),
            (3, "| Flagship | B200 | MI355X |")]
    cells = parse_table(rows, GAZ)
    assert [(c.company, c.text) for c in cells] == [("Nvidia", "B200"), ("AMD", "MI355X")]
