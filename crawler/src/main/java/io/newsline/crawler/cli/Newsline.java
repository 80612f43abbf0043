package io.newsline.crawler.cli;

/** SKELETON: the newsline command line. */
public final class Newsline {
    public static void main(String[] args) {
        System.out.println("newsline (skeleton)");
    }
}
