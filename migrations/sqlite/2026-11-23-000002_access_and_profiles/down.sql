DROP INDEX profile_unavailability_by_profile;
DROP INDEX profile_themes_by_profile;
DROP TABLE profile_contacts;
ALTER TABLE profiles DROP COLUMN organisation;
DROP TABLE invitations;
DROP TABLE api_tokens;
DROP TABLE sessions;
