using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>MudBlazor's own toast service, outside a page: what the watches announce can be read back.</summary>
public static class TestToasts
{
    public static SnackbarService Create() => new(new Navigation(), TimeProvider.System);

    private sealed class Navigation : NavigationManager
    {
        public Navigation() => Initialize("http://localhost/", "http://localhost/");
    }
}
