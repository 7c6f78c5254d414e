using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace InfraDesigner.Web.Accounts;

/// <summary>The circuit's signed-in user becomes its <see cref="CurrentUser"/>, and follows it when the sign-in changes.</summary>
internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        currentUser.Principal = (await authentication.GetAuthenticationStateAsync()).User;
    }

    private void OnChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(done => currentUser.Principal = done.Result.User, TaskContinuationOptions.OnlyOnRanToCompletion);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}
