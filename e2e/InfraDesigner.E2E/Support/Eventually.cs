namespace InfraDesigner.E2E.Support;

/// <summary>
/// Polls for what the browser cannot show directly: a quick save never shows "Saving…", so "Saved" on screen
/// does not prove the last edit reached the store yet.
/// </summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        for (var tries = 0; tries < 60 && !await condition(); tries++)
            await Task.Delay(250);
        (await condition()).ShouldBeTrue($"{what} within 15 s");
    }
}
