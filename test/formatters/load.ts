export { FORMATS, formatNames, isFormatName, TOOL_INFO, type FormatName } from 'cxgov';
