-- Expand step: nullable, so 2.1 instances that do not know the column keep working during the rollout.
ALTER TABLE invoice ADD COLUMN due_date date;
