package io.newsline.crawler.fetch;

/** What kind of document a fetch asks for; sets the {@code Accept} header. */
public enum Accept {
    HTML("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"),
    XML("application/xml,text/xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,*/*;q=0.5"),
    ROBOTS("text/plain,*/*;q=0.5"),
    ANY("*/*");

    private final String header;

    Accept(String header) {
        this.header = header;
    }

    /** The {@code Accept} header value sent. */
    public String header() {
        return header;
    }
}
