#include "losses/masked_logits.h"

#include <torch/torch.h>

#include <algorithm>
#include <sstream>

#include "common/error.h"
#include "losses/gathered_rows_linear.h"

namespace msl {

at::Tensor atLeastFloat32(const at::Tensor& logits) {
  const auto type = logits.scalar_type();
  return type == at::kFloat || type == at::kDouble ? logits : logits.to(at::kFloat);
}
namespace {

std::string shapeText(const at::Tensor& tensor) {
  std::ostringstream text;
  text << tensor.sizes();
  return text.str();
}

at::Tensor int64Tensor(const std::vector<std::int64_t>& values, const at::Device& device) {
  return torch::tensor(values, torch::dtype(torch::kInt64)).to(device);
}

// Marks (row, column) for every valid token of every row; `columnOf` maps a token to its column.
template <typename ColumnOf>
at::Tensor validMask(const TargetRows& rows, std::int64_t columns, const at::Device& device,
                     ColumnOf columnOf) {
  std::vector<std::int64_t> rowIndex, columnIndex;
  rowIndex.reserve(rows.totalValid());
  columnIndex.reserve(rows.totalValid());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (TokenId token : rows.valid(row)) {
      rowIndex.push_back(static_cast<std::int64_t>(row));
      columnIndex.push_back(columnOf(token));
    }
  }
  at::Tensor valid = torch::zeros({static_cast<std::int64_t>(rows.size()), columns},
                                  torch::dtype(torch::kBool).device(device));
  valid.index_put_({int64Tensor(rowIndex, device), int64Tensor(columnIndex, device)},
                   torch::ones({1}, torch::dtype(torch::kBool).device(device)));
  return valid;
}

template <typename ColumnOf>
at::Tensor targetColumns(const TargetRows& rows, const at::Device& device, ColumnOf columnOf) {
  std::vector<std::int64_t> columns(rows.size());
  for (std::size_t row = 0; row < rows.size(); ++row) columns[row] = columnOf(rows.target(row));
  return int64Tensor(columns, device);
}

}  // namespace

void checkLossInputs(const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& bias,
                     const TargetRows& rows) {
  const bool shapesFit = hidden.dim() == 2 && weight.dim() == 2 &&
                         hidden.size(1) == weight.size(1) &&
                         hidden.size(0) == static_cast<std::int64_t>(rows.size()) &&
                         (!bias.defined() || (bias.dim() == 1 && bias.size(0) == weight.size(0)));
  if (!shapesFit) {
    throw Error("loss inputs: expected h [N, H], W [V, H], bias [V] with N = " +
                std::to_string(rows.size()) + " target rows; got h " + shapeText(hidden) + ", W " +
                shapeText(weight) + (bias.defined() ? ", bias " + shapeText(bias) : ""));
  }
  if (hidden.scalar_type() != weight.scalar_type() || hidden.device() != weight.device() ||
      (bias.defined() &&
       (bias.scalar_type() != weight.scalar_type() || bias.device() != weight.device()))) {
    throw Error("loss inputs: h, W and bias must share dtype and device");
  }
  rows.checkVocabulary(weight.size(0));
}

MaskedLogits sparseMaskedLogits(const at::Tensor& hidden, const at::Tensor& weight,
                                const at::Tensor& bias, const TargetRows& rows,
                                WeightGradient weightGradient) {
  checkLossInputs(hidden, weight, bias, rows);
  MaskedLogits result;
  // U: the batch's valid tokens, sorted, so that a token's column is a binary search.
  std::vector<TokenId>& columns = result.columnTokens;
  columns.reserve(rows.totalValid() + rows.size());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const TokenSlice valid = rows.valid(row);
    columns.insert(columns.end(), valid.begin(), valid.end());
    columns.push_back(rows.target(row));  // keeps the gather defined for a drifted target
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  auto columnOf = [&columns](TokenId token) {
    return static_cast<std::int64_t>(std::lower_bound(columns.begin(), columns.end(), token) -
                                     columns.begin());
  };
  const at::Device device = hidden.device();
  const std::vector<std::int64_t> unionTokens(columns.begin(), columns.end());
  const at::Tensor unionIndex = int64Tensor(unionTokens, device);
  // [N, |U|]; W[U] is gathered in chunks and not kept for backward.
  result.logits = gatheredRowsLinear(hidden, weight, unionIndex, weightGradient);
  if (bias.defined()) result.logits = result.logits + bias.index_select(0, unionIndex);
  result.valid = validMask(rows, static_cast<std::int64_t>(columns.size()), device, columnOf);
  result.targetColumn = targetColumns(rows, device, columnOf);
  return result;
}

MaskedLogits denseMaskedLogits(const at::Tensor& hidden, const at::Tensor& weight,
                               const at::Tensor& bias, const TargetRows& rows) {
  checkLossInputs(hidden, weight, bias, rows);
  MaskedLogits result;
  auto identity = [](TokenId token) { return static_cast<std::int64_t>(token); };
  result.logits = torch::matmul(hidden, weight.t());  // [N, V]
  if (bias.defined()) result.logits = result.logits + bias;
  result.valid = validMask(rows, weight.size(0), hidden.device(), identity);
  result.targetColumn = targetColumns(rows, hidden.device(), identity);
  return result;
}

}  // namespace msl
