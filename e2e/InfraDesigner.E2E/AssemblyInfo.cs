// Each test class starts its own app and browser; run them one after another so that, on a 2-core
// machine, a page's timing depends on the page and not on how many other apps are starting.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
