// "Read this file straight from its address", as Our World in Data's grapher offers: Python
// (pandas) and R, for a published CSV at an absolute URL. Pure: the page passes the URL.

/** A string literal safe in Python and R source: the URL is the site's own, but quote it anyway. */
function literal(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function pythonSnippet(url: string): string {
  // Empty cells are "not published": kept as missing values, never zeros (keep_default_na would
  // also read "NA" and similar codes as missing, hence the explicit list).
  return `import pandas as pd\n\ndf = pd.read_csv(${literal(url)}, encoding="utf-8", keep_default_na=False, na_values=[""])\nprint(df.head())`;
}

export function rSnippet(url: string): string {
  return `df <- read.csv(${literal(url)}, encoding = "UTF-8", na.strings = "")\nhead(df)`;
}

/** The absolute address of a data file, from the page's own address (any host, any sub-path). */
export function dataFileUrl(pageHref: string, path: string): string {
  return new URL(`data/${path}`, pageHref.split('#')[0]).toString();
}
