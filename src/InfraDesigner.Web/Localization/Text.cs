namespace InfraDesigner.Web.Localization;

/// <summary>
/// The app's visible texts: Text.resx in English, Text.ko.resx in Korean, with the same keys (a test fails on a key
/// missing in one). Components ask for them as <c>L["Nav.Topologies"]</c> (IStringLocalizer&lt;Text&gt;, injected in _Imports).
/// </summary>
public sealed class Text;
