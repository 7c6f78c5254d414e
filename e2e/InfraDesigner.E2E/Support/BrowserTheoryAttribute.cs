using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Support;

/// <summary>A theory that drives Chromium: skipped with the install command where none is installed (not under CI).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Prerequisites.SkipReason(Browser.MissingReason());
}
