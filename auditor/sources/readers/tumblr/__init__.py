"""Tumblr's blog export ("Export <blog>" in the blog's settings): a zip holding `posts.zip`
(one HTML page per post under `posts/html/<id>.html`, images under `media/`) and
`conversations.zip`. Each post page has the post's HTML, then a footer
`<div id="footer"><span id="timestamp">…</span><span class="tag">…</span></div>`. This layout
is from public descriptions of the export, not confirmed by a public fixture: the reader also
accepts post pages without a footer and takes any `<img>` that points into the export.
"""
