-- cxgov in Neovim 0.7 and newer: diagnostics, hover, completion, go to definition, rename,
-- quick fixes, fix all and code lenses in the YAML files of every folder that holds (or sits below) a cxgov.yaml.
-- Put this file in ~/.config/nvim/plugin/ (or paste it into init.lua).
-- The server as `npm i -g cxgov-language-server` installs it; for a project-local install
-- (npm i -D cxgov-language-server) use { 'npx', '--no', '--', 'cxgov-language-server', '--stdio' }.
local cmd = { 'cxgov-language-server', '--stdio' }
local uv = vim.uv or vim.loop
local client_of_root = {} -- one server per project

-- The nearest folder at or above `file` that holds cxgov.yaml (vim.fs is not in Neovim 0.7).
local function project_root(file)
  if file == '' then return nil end
  local dir = vim.fn.fnamemodify(file, ':p:h')
  while true do
    if uv.fs_stat(dir .. '/cxgov.yaml') then return dir end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return nil end
    dir = parent
  end
end

local function attach(bufnr)
  local root = project_root(vim.api.nvim_buf_get_name(bufnr))
  if not root then return end
  local config = { name = 'cxgov', cmd = cmd, cmd_cwd = root, root_dir = root }
  if vim.lsp.start then -- Neovim 0.8+: reuses the server of the same name and root
    client_of_root[root] = vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = client_of_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(config)
    client_of_root[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
end

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('cxgov', { clear = true }),
  pattern = 'yaml',
  callback = function(args) attach(args.buf) end,
})

-- :CxgovHandbook writes the handbook of the current file's project and names what it wrote.
vim.api.nvim_create_user_command('CxgovHandbook', function()
  local id = client_of_root[project_root(vim.api.nvim_buf_get_name(0)) or '']
  local client = id and vim.lsp.get_client_by_id(id)
  if not client then return vim.notify('cxgov: this file is not in a cxgov project', vim.log.levels.WARN) end
  local cursor = vim.api.nvim_win_get_cursor(0)
  local params = { uri = vim.uri_from_bufnr(0), position = { line = cursor[1] - 1, character = cursor[2] } }
  client.rpc.request('cxgov/generateHandbook', params, function(err, result)
    if err then return vim.notify('cxgov: ' .. err.message, vim.log.levels.ERROR) end
    if result ~= vim.NIL and result then
      vim.notify('cxgov: wrote ' .. #result.pages .. ' pages to ' .. result.folder)
    end
  end)
end, {})

-- A code lens ("measures 2 standards") lists the entries it counts in the quickfix window: show the
-- lenses with vim.lsp.codelens.refresh(), run the one on the cursor line with vim.lsp.codelens.run().
vim.lsp.commands['cxgov.showReferences'] = function(command)
  local items = vim.lsp.util.locations_to_items(command.arguments[3], 'utf-16')
  vim.fn.setqflist({}, ' ', { title = command.title, items = items })
  vim.cmd('copen')
end

-- :CxgovFixAll applies the safe fixes of the current buffer, those `cxgov lint --fix` makes. To
-- run it on save: vim.api.nvim_create_autocmd('BufWritePre', { pattern = '*.yaml', command = 'CxgovFixAll' })
vim.api.nvim_create_user_command('CxgovFixAll', function()
  local params = vim.lsp.util.make_range_params()
  params.context = { only = { 'source.fixAll.cxgov' }, diagnostics = {} }
  for _, reply in pairs(vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 3000) or {}) do
    for _, action in ipairs(reply.result or {}) do
      if action.edit then vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16') end
    end
  end
end, {})
