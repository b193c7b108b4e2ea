-- Run by test/e2e/neovim.test.ts inside `nvim --headless -u docs/editors/cxgov.lua FILE`: waits for
-- the cxgov diagnostics of FILE, asks for a definition, a hover, highlights and folds, opens a second file of the same
-- project and a YAML file outside it, runs :CxgovHandbook, writes what it saw as JSON to $CXGOV_PROBE_OUT and quits.
-- Every wait is vim.wait with a condition and a timeout, never a sleep.
local expected = tonumber(os.getenv('CXGOV_PROBE_EXPECTED'))
local position = vim.json.decode(os.getenv('CXGOV_PROBE_POSITION'))
local seen = { notes = {} }
-- The clients started so far, running or starting (get_active_clients leaves out the starting ones).
local function started()
  local count = 0
  for id = 1, 20 do if vim.lsp.get_client_by_id(id) then count = count + 1 end end
  return count
end

local function probe()
  seen.version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch
  local buf = vim.api.nvim_get_current_buf()
  seen.arrived = vim.wait(10000, function() return #vim.diagnostic.get(buf) >= expected end, 10)
  seen.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(seen.diagnostics, { line = d.lnum + 1, column = d.col + 1, rule = d.code, severity = d.severity, message = d.message })
  end
  if not seen.arrived then return end -- no server: the rest would only wait for nothing

  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 3000) or {}) do
    local target = reply.result and (reply.result[1] or reply.result)
    if target then seen.definition = { file = vim.uri_to_fname(target.uri or target.targetUri), line = (target.range or target.targetSelectionRange).start.line + 1 } end
  end
  for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 3000) or {}) do
    if reply.result then seen.hover = reply.result.contents.value or reply.result.contents end
  end
  seen.highlights = {}
  for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/documentHighlight', params, 3000) or {}) do
    for _, h in ipairs(reply.result or {}) do table.insert(seen.highlights, { line = h.range.start.line + 1, column = h.range.start.character + 1, kind = h.kind }) end
  end
  seen.folds = {}
  for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/foldingRange', { textDocument = params.textDocument }, 3000) or {}) do
    for _, f in ipairs(reply.result or {}) do table.insert(seen.folds, (f.startLine + 1) .. '-' .. (f.endLine + 1)) end
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CXGOV_PROBE_SECOND')))
  local second = vim.api.nvim_get_current_buf()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CXGOV_PROBE_OUTSIDE')))
  seen.clients = started() -- attaching happens in the FileType autocmd: nothing to wait for
  vim.cmd('buffer ' .. second)

  vim.notify = function(message) table.insert(seen.notes, message) end
  vim.cmd('CxgovHandbook')
  vim.wait(5000, function() return #seen.notes > 0 end, 10)
end

local ok, failure = pcall(probe)
if not ok then seen.error = tostring(failure) end
vim.fn.writefile({ vim.json.encode(seen) }, os.getenv('CXGOV_PROBE_OUT'))
vim.cmd('qall!')
