package org.relief.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A household (家庭) as the documents count it: its residence type, the programs it receives now,
 * its dibao in gradual exit, whether its income is stable, its assets and its members.
 *
 * @param residence    urban or rural (decides which dibao standard applies); empty = unknown
 * @param receiving    programs the household receives now
 * @param currentDibao the dibao it receives (for 渐退期)
 * @param incomeStable declared stability of income (review interval, NA-13); empty = not declared
 * @param members      at least one; ids unique
 */
public record Household(Optional<Residence> residence, Set<ProgramId> receiving, Optional<CurrentDibao> currentDibao,
                        Optional<Boolean> incomeStable, Assets assets, List<Member> members) {
    public Household {
        residence = Optional.ofNullable(residence).flatMap(x -> x);
        receiving = receiving == null ? Set.of() : Set.copyOf(receiving);
        currentDibao = Optional.ofNullable(currentDibao).flatMap(x -> x);
        incomeStable = Optional.ofNullable(incomeStable).flatMap(x -> x);
        assets = assets == null ? Assets.NONE_DECLARED : assets;
        if (members == null || members.isEmpty()) {
            throw InvalidInputException.invalid("household.members", "家庭成员不能为空", "members must not be empty");
        }
        members = List.copyOf(members);
        Set<String> ids = new HashSet<>();
        for (Member m : members) {
            if (!ids.add(m.id())) {
                throw InvalidInputException.invalid("household.members", "成员编号重复：" + m.id(),
                        "duplicate member id " + m.id());
            }
        }
    }

    /** A household with the given residence and members, nothing else declared. */
    public static Household of(Residence residence, Member... members) {
        return new Household(Optional.of(residence), Set.of(), Optional.empty(), Optional.empty(),
                Assets.NONE_DECLARED, List.of(members));
    }

    public Household receiving(ProgramId... programs) {
        return new Household(residence, Set.of(programs), currentDibao, incomeStable, assets, members);
    }

    public Household withAssets(Assets a) {
        return new Household(residence, receiving, currentDibao, incomeStable, a, members);
    }

    public Household withCurrentDibao(CurrentDibao c) {
        return new Household(residence, receiving, Optional.of(c), incomeStable, assets, members);
    }

    public Household withIncomeStable(boolean stable) {
        return new Household(residence, receiving, currentDibao, Optional.of(stable), assets, members);
    }

    public Household withMembers(List<Member> m) {
        return new Household(residence, receiving, currentDibao, incomeStable, assets, m);
    }

    public boolean isReceiving(ProgramId program) {
        return receiving.contains(program);
    }

    public Optional<Member> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
