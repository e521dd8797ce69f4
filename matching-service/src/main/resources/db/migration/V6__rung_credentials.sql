-- The credentials a rung requires (ladder.published.v1 rungs[].requiredCredentials): ranking's credentials factor
-- counts them with those the steps into the rung ask for. Ladders kept before have none until republished.
alter table ladder_rung add column credentials text[] not null default '{}';
