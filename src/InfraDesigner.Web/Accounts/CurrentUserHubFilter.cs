using Microsoft.AspNetCore.SignalR;

namespace InfraDesigner.Web.Accounts;

/// <summary>Each hub call runs in a scope of its own; the connection's user becomes that scope's <see cref="CurrentUser"/>.</summary>
public sealed class CurrentUserHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocation.Context.User is { } user) invocation.ServiceProvider.GetRequiredService<CurrentUser>().Principal = user;
        return next(invocation);
    }
}
