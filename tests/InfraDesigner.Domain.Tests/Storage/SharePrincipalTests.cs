using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Storage;

namespace InfraDesigner.Domain.Tests.Storage;

public sealed class SharePrincipalTests
{
    public static TheoryData<string, SharePrincipal> Written => new()
    {
        { "subnet:10.60.10.21/32", SharePrincipal.ForSubnet(Ipv4Cidr.Parse("10.60.10.21/32")) },
        { "vm:vm-new1", SharePrincipal.Vm("vm-new1") },
        { "account:svc-batch", SharePrincipal.Account("svc-batch") },
        { "group:finance", SharePrincipal.Group("finance") },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Principals_parse_from_and_print_to_their_written_form(string text, SharePrincipal expected)
    {
        SharePrincipal.TryParse(text, out var principal, out _).ShouldBeTrue();
        principal.ShouldBe(expected);
        principal.ToString().ShouldBe(text);
    }

    [Fact]
    public void An_unknown_principal_kind_is_refused()
    {
        SharePrincipal.TryParse("user:bob", out _, out var error).ShouldBeFalse();
        error.ShouldStartWith("'user:bob' is not a share principal");
    }

    [Theory]
    [InlineData(StorageProtocol.Nfs, 2049)]
    [InlineData(StorageProtocol.Smb, 445)]
    [InlineData(StorageProtocol.Iscsi, 3260)]
    public void Storage_protocols_listen_on_their_standard_ports(StorageProtocol protocol, int port)
    {
        StorageProtocols.PortOf(protocol).ShouldBe(port);
        StorageProtocols.ServiceOf(protocol).Port.ShouldBe(port);
    }
}
