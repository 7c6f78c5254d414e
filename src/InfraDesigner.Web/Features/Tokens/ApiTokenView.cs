using InfraDesigner.Data.Entities;

namespace InfraDesigner.Web.Features.Tokens;

/// <summary>One of the account's API tokens as listed: never its secret, only its first characters.</summary>
public sealed record ApiTokenView(Guid Id, string Name, string Prefix, bool ReadOnly, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt)
{
    public static ApiTokenView Of(ApiTokenRecord token) =>
        new(token.Id, token.Name, token.Prefix, token.ReadOnly, token.CreatedAt, token.ExpiresAt, token.LastUsedAt);
}
