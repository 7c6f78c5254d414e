using InfraDesigner.Web.Accounts;
using MudBlazor;

namespace InfraDesigner.Web.Components;

/// <summary>A change the user may lack the access for (a viewer deleting, restoring, a trainee importing a lesson): the refusal becomes a warning toast, not a broken circuit.</summary>
public static class AccessRefusals
{
    public static async Task<T?> OrRefusalToastAsync<T>(this ISnackbar toasts, Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (AccessDeniedException denied)
        {
            toasts.Add(denied.Message, Severity.Warning);
            return default;
        }
    }
}
