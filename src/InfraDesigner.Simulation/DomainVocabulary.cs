// The engines speak the topology model's small vocabularies rather than re-declaring them. Aliases, not
// namespace imports, because the forwarding model has records of its own named like the model's
// (FirewallRule, Link, PortRange ...).
global using Protocol = InfraDesigner.Domain.Network.Protocol;
global using RestartPriority = InfraDesigner.Domain.Compute.RestartPriority;
global using RuleAction = InfraDesigner.Domain.Network.RuleAction;
global using VmHostRuleKind = InfraDesigner.Domain.Compute.VmHostRuleKind;
