using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>A test that drives Chromium: skipped with the install command where none is installed (not under CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Prerequisites.SkipReason(Browser.MissingReason());
}
