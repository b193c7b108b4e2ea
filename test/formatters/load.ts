export { FORMATS, type FormatName } from 'cxgov';
export { formatNames, isFormatName, TOOL_INFO } from 'cxgov/internal';
