using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Tokens;

/// <summary>Revokes one of the account's API tokens: the next request with it is refused. False when it has none with this id.</summary>
public sealed record RevokeApiToken(Guid Id) : IRequest<bool>
{
    internal sealed class Handler(ApiTokenStore tokens, CurrentUser user) : IRequestHandler<RevokeApiToken, bool>
    {
        public async ValueTask<bool> Handle(RevokeApiToken request, CancellationToken cancellationToken) =>
            await tokens.DeleteAsync(user.ManagingAccount(), request.Id, cancellationToken);
    }
}
