"""Facebook's "Download your information" (JSON, current and pre-2024 layouts, and HTML), the
end-to-end-encrypted Messenger download, and the Meta conventions the Instagram readers share
(`common`, `messenger`, `html_blocks`)."""
