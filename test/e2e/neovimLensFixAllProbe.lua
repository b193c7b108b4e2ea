-- Run by test/e2e/neovimLensFixAll.test.ts inside `nvim --headless -u docs/editors/cxgov.lua FILE`:
-- runs the first code lens of FILE through the recipe's cxgov.showReferences handler, then types a
-- typo on line $CXGOV_PROBE_LINE and runs :CxgovFixAll; writes what it saw as JSON to $CXGOV_PROBE_OUT.
-- Every wait is vim.wait with a condition and a timeout, never a sleep.
local line = tonumber(os.getenv('CXGOV_PROBE_LINE'))
local seen = {}

local function probe()
  local buf = vim.api.nvim_get_current_buf()
  seen.arrived = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 10)
  if not seen.arrived then return end
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) } }
  for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/codeLens', params, 5000) or {}) do
    local command = reply.result[1].command
    seen.lens = command.title
    vim.lsp.commands[command.command](command, {})
    seen.listed = {}
    for _, item in ipairs(vim.fn.getqflist()) do table.insert(seen.listed, vim.fn.bufname(item.bufnr) .. ':' .. item.lnum) end
  end
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_buf_set_lines(buf, line - 1, line, false, { os.getenv('CXGOV_PROBE_TYPO') })
  seen.typo = vim.wait(5000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.lnum == line - 1 then return true end end
    return false
  end, 10)
  vim.cmd('CxgovFixAll')
  seen.fixed = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
end

local ok, failure = pcall(probe)
if not ok then seen.error = tostring(failure) end
vim.fn.writefile({ vim.json.encode(seen) }, os.getenv('CXGOV_PROBE_OUT'))
vim.cmd('qall!')
