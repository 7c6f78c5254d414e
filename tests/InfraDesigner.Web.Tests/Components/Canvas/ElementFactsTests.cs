using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Web.Components.Canvas;

namespace InfraDesigner.Web.Tests.Components.Canvas;

public sealed class ElementFactsTests
{
    [Fact]
    public void A_fact_that_fits_a_wide_node_is_shown_whole()
    {
        ElementFacts.Fitted("10.120.240.250/16", 240).ShouldBe("10.120.240.250/16");
    }

    [Fact]
    public void An_address_on_a_narrow_node_drops_its_prefix_length()
    {
        ElementFacts.Fitted("10.120.240.250/16", 120).ShouldBe("10.120.240.250");
    }

    [Fact]
    public void A_load_balancer_vip_keeps_its_port_when_shortened()
    {
        ElementFacts.Fitted("VIP 10.20.30.40:443", 100).ShouldBe("VIP 10.20.30.40:443");
    }

    [Fact]
    public void Text_that_is_no_address_is_left_as_it_is()
    {
        ElementFacts.Fitted("4 vCPU · 16 GB · on host-12", 120).ShouldBe("4 vCPU · 16 GB · on host-12");
    }

    [Fact]
    public void A_VM_on_a_host_shows_its_size_without_the_host_it_is_drawn_in()
    {
        var vm = new VirtualMachine { Name = "vm1", VCpu = 8, RamGb = 48, HostName = "host1", ClusterName = "cluster1" };
        ElementFacts.Of(vm).ShouldBe(["8 vCPU · 48 GB"]);
    }

    [Theory]
    [InlineData(1, "1 host")]
    [InlineData(2, "2 hosts")]
    public void A_cluster_counts_its_hosts_in_words_that_agree_with_the_number(int hosts, string fact)
    {
        var cluster = new Cluster { Name = "cluster1", Hosts = Enumerable.Range(1, hosts).Select(i => $"host{i}").ToEquatableArray() };
        ElementFacts.Of(cluster).ShouldBe([fact]);
    }
}
