using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>Small render fragments for component parameters.</summary>
public static class Fragment
{
    public static RenderFragment Text(string text) => builder => builder.AddContent(0, text);

    public static RenderFragment<T> Of<T>(Func<T, string> text) => item => builder => builder.AddContent(0, text(item));
}
